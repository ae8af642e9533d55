// Prints the Subresource Integrity value of the shipped scripts, for
// `<script src=".../careers-widget.js" integrity="sha384-..." crossorigin="anonymous">`.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The `integrity` attribute value (SHA-384, base64) of a file. */
export function integrity(file) {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of ['dist/careers-widget.js', 'dist/careers-widget.mjs']) {
    console.log(`${file} integrity="${integrity(file)}"`);
  }
}
