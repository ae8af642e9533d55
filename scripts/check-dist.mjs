// The build must leave exactly the two shipped files in dist/: the page needs nothing else.
import { readdirSync } from 'node:fs';

const expected = ['careers-widget.js', 'careers-widget.mjs'];
const actual = readdirSync('dist').sort();
if (JSON.stringify(actual) !== JSON.stringify(expected)) {
  console.error(`dist/ should hold exactly ${expected.join(' and ')}, found: ${actual.join(', ')}`);
  process.exit(1);
}
console.log(`dist/: ${actual.join(', ')}`);
