import type { Command } from '../command.js';
import { UserError } from '../errors.js';

export const scanCommand: Command = {
  name: 'scan',
  summary: '(not implemented yet)',
  usage: 'culturescan scan',
  async run() {
    throw new UserError('scan: not implemented yet');
  },
};
