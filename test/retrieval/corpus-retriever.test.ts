import { describe, expect, it } from 'vitest';
import { CorpusRetriever } from '../../retrieval/query/corpus-retriever.js';
import { sharedRapporteur } from '../support/shared-rapporteur.js';

describe('CorpusRetriever (LangChain)', () => {
  it('returns cited Documents for a question and none for an off-topic one', async () => {
    const retriever = new CorpusRetriever((await sharedRapporteur()).index);
    const documents = await retriever.invoke('status of Resolution 44 fellowships');
    expect(documents[0]!.metadata).toMatchObject({ key: 'item:44-30', actionItem: '44-30', resolution: '44', kind: 'action-item' });
    expect(documents[0]!.pageContent).toContain('Provision, by the TSB, of fellowships');
    expect(await retriever.invoke('What is the capital of Australia?')).toEqual([]);
  });
});
