/** Why a seed file cannot be read, in words for the ingest report ("password-protected Word file"). */
export class SeedProblem extends Error {
  override name = 'SeedProblem';
}
