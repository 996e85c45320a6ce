import { Document } from '@langchain/core/documents';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import { sectionLabel } from '../corpus/records.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { embeddingTexts } from '../index/index-text.js';
import { searchCorpus } from './search-corpus.js';

/** Metadata each retrieved Document carries, enough to cite it. */
export interface CorpusDocumentMetadata {
  key: string;
  kind: 'action-item' | 'resolution' | 'passage';
  actionItem: string | null;
  resolution: string | null;
  document: string;
  documentTitle: string;
  section: string;
  score: number;
}

/**
 * The hybrid, structure-aware search as a LangChain retriever, so the corpus can feed any
 * LangChain chain. Abstentions return no documents.
 */
export class CorpusRetriever extends BaseRetriever<CorpusDocumentMetadata> {
  lc_namespace = ['rapporteur', 'retrievers'];

  constructor(
    private readonly index: CorpusIndex,
    fields?: BaseRetrieverInput,
  ) {
    super(fields);
  }

  override async _getRelevantDocuments(query: string): Promise<Document<CorpusDocumentMetadata>[]> {
    const result = await searchCorpus(this.index, query);
    if (!result.confident) return [];
    return result.hits.map(({ record, document, score }) => {
      const resolution = record.kind === 'action-item' ? record.resolution : record.kind === 'resolution' ? record.number : null;
      return new Document<CorpusDocumentMetadata>({
        pageContent: record.kind === 'passage' ? record.text : embeddingTexts(record)[0]!,
        metadata: {
          key: record.key,
          kind: record.kind,
          actionItem: record.kind === 'action-item' ? record.id : null,
          resolution,
          document: document.file,
          documentTitle: document.title,
          section: sectionLabel(record),
          score,
        },
      });
    });
  }
}
