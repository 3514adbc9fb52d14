import type { AgreementDocument } from '../model.js';
import { UserError } from '../cli/errors.js';

/** Reads one agreement file of any supported format into the structured document. Throws UserError for bad input. */
export async function readAgreement(path: string): Promise<AgreementDocument> {
  throw new UserError('no reader yet', path); // placeholder until the readers land
}
