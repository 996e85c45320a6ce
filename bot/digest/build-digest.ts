import type { ActionItemRecord, DocumentInfo, ResolutionRecord } from '../../retrieval/corpus/records.js';
import { truncate } from '../answering/key-sentences.js';
import {
  compareItemIds,
  compareResolutions,
  type Digest,
  type DigestItem,
  type DigestMeeting,
  type ResolutionTally,
} from './digest.js';
import { itemCitation, toDigestDocument } from './digest-citations.js';
import { compareEditions, editionsBySeries, type DigestCorpus } from './digest-corpus.js';
import { editionChanges } from './edition-changes.js';
import { milestoneTiming } from './milestone-due.js';
import { staleSource } from './source-freshness.js';
import { lastStatusLine } from './status-lines.js';

const ACTION_CHARS = 220;
const STATUS_CHARS = 240;

/** The current edition of each action-plan series (the newest, by edition then file name). */
function currentActionPlans(documents: DocumentInfo[]): DocumentInfo[] {
  return [...editionsBySeries(documents.filter((d) => d.kind === 'action-plan')).values()].map((editions) => editions[editions.length - 1]!);
}

function digestItem(item: ActionItemRecord, doc: DocumentInfo, reason: string, milestoneDate?: string): DigestItem {
  return {
    id: item.id,
    resolution: item.resolution,
    action: truncate(item.action.replace(/\s+/g, ' ').trim(), ACTION_CHARS),
    milestone: item.milestone.replace(/\s+/g, ' ').trim(),
    latestStatus: lastStatusLine(item.status, STATUS_CHARS),
    reason,
    ...(milestoneDate ? { milestoneDate } : {}),
    cite: itemCitation(item, doc),
  };
}

function tallies(items: ActionItemRecord[], resolutions: ResolutionRecord[]): ResolutionTally[] {
  const byResolution = new Map<string, ResolutionTally>();
  for (const item of items) {
    const tally = byResolution.get(item.resolution) ?? {
      resolution: item.resolution,
      title: resolutions.find((r) => r.number === item.resolution)?.title ?? item.resolutionTitle,
      completed: 0,
      ongoing: 0,
      needsAttention: 0,
    };
    if (item.completed) tally.completed++;
    else if (item.goalsMet) tally.ongoing++;
    else tally.needsAttention++;
    byResolution.set(item.resolution, tally);
  }
  return [...byResolution.values()].sort((a, b) => compareResolutions(a.resolution, b.resolution));
}

/**
 * The digest for `meeting` from the corpus: action items from the current edition of the
 * action plan that need attention (not completed, no periodic-goals mark), fall due at the
 * meeting or are overdue, whether that edition is out of date, what changed between the two
 * latest editions of each series, and per-Resolution counts. An as-of digest has no meeting,
 * so nothing is due at it; overdue is then counted to its date. Pure: the same corpus, meeting
 * and `now` give the same digest.
 */
export function buildDigest(corpus: Pick<DigestCorpus, 'documents' | 'records'>, meeting: DigestMeeting, now: Date = new Date()): Digest {
  const plans = currentActionPlans(corpus.documents);
  const planFiles = new Set(plans.map((d) => d.file));
  const items = corpus.records
    .filter((r): r is ActionItemRecord => r.kind === 'action-item' && planFiles.has(r.document))
    .sort((a, b) => compareItemIds(a.id, b.id));
  const resolutions = corpus.records.filter((r): r is ResolutionRecord => r.kind === 'resolution' && planFiles.has(r.document));
  const docOf = (item: ActionItemRecord): DocumentInfo => plans.find((d) => d.file === item.document)!;

  const open = items.filter((item) => !item.completed);
  const needsAttention = open.filter((item) => !item.goalsMet).map((item) => digestItem(item, docOf(item), 'no periodic-goals mark'));
  const timed = open.map((item) => ({ item, timing: milestoneTiming(item.milestone, meeting) }));
  const dueAtMeeting = meeting.asOf
    ? []
    : timed.flatMap(({ item, timing }) => (timing?.when === 'due' ? [digestItem(item, docOf(item), timing.reason)] : []));
  const overdue = timed
    .flatMap(({ item, timing }) => (timing?.when === 'overdue' ? [digestItem(item, docOf(item), timing.reason, timing.date)] : []))
    .sort((a, b) => a.milestoneDate!.localeCompare(b.milestoneDate!) || compareItemIds(a.id, b.id));
  const actionPlan = plans.length > 0 ? toDigestDocument(plans.sort(compareEditions)[plans.length - 1]!) : null;
  const stale = staleSource(actionPlan, meeting);

  return {
    meeting,
    generatedAt: now.toISOString(),
    documents: corpus.documents.map(toDigestDocument),
    actionPlan,
    needsAttention,
    dueAtMeeting,
    overdue,
    ...(stale ? { staleSource: stale } : {}),
    changes: editionChanges(corpus),
    tallies: tallies(items, resolutions),
  };
}
