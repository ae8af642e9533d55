// `npm start`: prepares the demo feeds, then serves demo/index.html with Vite and prints its URL.
import { spawn } from 'node:child_process';

const vite = spawn('npx', ['vite', '--host', '127.0.0.1'], {
  stdio: ['inherit', 'pipe', 'inherit'],
});
vite.stdout.on('data', (chunk) => {
  const text = chunk.toString();
  process.stdout.write(text);
  const match = text.match(/http:\/\/[^\s/]+:\d+\//);
  if (match) console.log(`\n  Demo: ${match[0]}demo/\n`);
});
vite.on('exit', (code) => process.exit(code ?? 0));
