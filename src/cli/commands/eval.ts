import type { Command } from '../command.js';
import { UserError } from '../errors.js';

export const evalCommand: Command = {
  name: 'eval',
  summary: '(not implemented yet)',
  usage: 'culturescan eval',
  async run() {
    throw new UserError('eval: not implemented yet');
  },
};
