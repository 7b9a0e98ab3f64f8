// Required at first use by ../libraries: a module of our own that imports the library statically
// lets esbuild keep only what is used of it (a bare require() of the package keeps all of it).
export { default } from 'markdown-it';
