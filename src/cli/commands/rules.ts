import type { Command } from '../command.js';
import { UserError } from '../errors.js';

export const rulesCommand: Command = {
  name: 'rules',
  summary: '(not implemented yet)',
  usage: 'culturescan rules',
  async run() {
    throw new UserError('rules: not implemented yet');
  },
};
