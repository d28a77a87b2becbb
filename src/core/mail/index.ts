/** Reading mail: MIME → Thread, quoted-history splitting, HTML → text. */
export { parseEml, readMessage } from './parse-eml';
export { parseMbox, splitMbox } from './mbox';
export { parseMailFile } from './parse-file';
export { threadFromParts, bodyText, type MessageParts } from './thread';
export { htmlToText } from './html-to-text';
export { splitQuoted, type QuotedBlock, type SplitText } from './quoted/split';
export { parseQuotedDate, type QuotedDate } from './quoted/dates';
export { parseAddress, parseAddressList } from './address';
