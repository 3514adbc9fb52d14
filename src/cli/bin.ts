#!/usr/bin/env node
import { main } from './main.js';

const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY),
};

process.exitCode = await main(process.argv.slice(2), io);
