/** Side-effect import for tests and the demo: registers every element (idempotent). */
import { defineElements } from './define.js';

defineElements();
