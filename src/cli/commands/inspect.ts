import type { Command } from '../command.js';
import { UserError } from '../errors.js';

export const inspectCommand: Command = {
  name: 'inspect',
  summary: '(not implemented yet)',
  usage: 'culturescan inspect',
  async run() {
    throw new UserError('inspect: not implemented yet');
  },
};
