// Required at first use by ../libraries (see markdownIt.ts): only what the check-in dates use.
export { isValid, parse, parseISO } from 'date-fns';
