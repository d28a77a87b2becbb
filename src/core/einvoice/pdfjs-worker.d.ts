// pdfjs-dist ships no declaration for its worker module; we only hand it back to pdfjs (see pdf.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
