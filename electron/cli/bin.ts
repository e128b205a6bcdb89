#!/usr/bin/env node
// The `kvalkod` executable (package.json bin): the bundled dist/electron/cli.mjs starts here.
import { runAsMain } from './main';

runAsMain();
