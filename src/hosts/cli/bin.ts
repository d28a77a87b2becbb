/** Entry point of the `relance` binary: the real process streams and the real clock. */
import { main } from './main';
import { parisToday, type CliIo } from './io';

const io: CliIo = {
  out: (l) => process.stdout.write(l + '\n'),
  err: (l) => process.stderr.write(l + '\n'),
  today: () => parisToday(),
};
main(process.argv.slice(2), io).then((code) => { process.exitCode = code; });
