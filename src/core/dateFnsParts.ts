// The date-fns functions the check-in dates use, required lazily through ../libraries (a module of
// our own re-exporting them keeps the bundle to what they need).
export { isValid, parse, parseISO } from 'date-fns';
