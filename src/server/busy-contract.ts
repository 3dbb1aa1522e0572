// The one way a page hears that nothing was written because the spreadsheet was busy (another
// save held the document lock) or could not be locked at all (no document): an outcome the page
// shows as its message, in the user's language. Shared by the pages' contracts.

/** Nothing was written: the document lock was held by someone else, or there is no document. */
export interface Busy {
  outcome: 'busy' | 'no document';
  message: string;
}
