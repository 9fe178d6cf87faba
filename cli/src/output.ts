/** Printing helpers: `--json` prints one stable JSON document on stdout; humans get text. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(text = ''): void {
  process.stdout.write(`${text}\n`);
}

/** Progress goes to stderr so stdout stays clean for pipes. */
export function progress(text: string): void {
  process.stderr.write(`${text}\n`);
}
