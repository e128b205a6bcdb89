// Runs the bundled CLI (argv[2], a file URL) as `kvalkod` would, with the rest of the arguments,
// and reports this process's peak resident memory on exit (bench/import-memory.ts reads it). A
// file rather than `node -e`: worker threads inherit node's flags, and --input-type breaks them.
const [, cli] = process.argv.splice(1, 2, 'kvalkod');
process.on('exit', () => process.stderr.write(`maxrss=${process.resourceUsage().maxRSS}\n`));
await import(cli);
