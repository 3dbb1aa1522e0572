// Every error a =KPI_* function throws starts with the function's name: Sheets shows the message
// under #ERROR!, and the name tells the user which formula in a busy sheet is complaining. A
// message stays short enough to read in a cell's tooltip, whatever text it quotes.

/** The longest message: values are quoted at about 100 characters, lists may add a few hundred. */
export const MESSAGE_LIMIT = 1000;

export class KpiError extends Error {
  constructor(
    readonly functionName: string,
    detail: string,
  ) {
    const message = `${functionName}: ${detail}`;
    super(message.length <= MESSAGE_LIMIT ? message : `${message.slice(0, MESSAGE_LIMIT - 1)}…`);
    this.name = 'KpiError';
  }
}

export function fail(functionName: string, detail: string): never {
  throw new KpiError(functionName, detail);
}
