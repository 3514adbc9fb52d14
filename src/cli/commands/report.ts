import type { Command } from '../command.js';
import { UserError } from '../errors.js';

export const reportCommand: Command = {
  name: 'report',
  summary: '(not implemented yet)',
  usage: 'culturescan report',
  async run() {
    throw new UserError('report: not implemented yet');
  },
};
