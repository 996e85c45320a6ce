import { randomUUID } from 'node:crypto';

/** Activity fixtures shaped like what Teams posts to `/api/messages`. */

export const BOT = { id: '28:rapporteur-app-id', name: 'Rapporteur' };
export const USER = { id: '29:delegate-1', name: 'Amina Delegate', aadObjectId: 'aad-delegate-1' };
const TENANT = { id: 'tenant-1' };

export const PERSONAL_CONVERSATION = 'a:personal-chat-1';
export const CHANNEL_CONVERSATION = '19:delegates@thread.tacv2';

type Json = Record<string, unknown>;

function base(serviceUrl: string, conversation: Json, extra: Json): Json {
  return {
    id: `incoming-${randomUUID()}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: USER,
    recipient: BOT,
    conversation: { tenantId: TENANT.id, ...conversation },
    channelData: { tenant: TENANT },
    locale: 'en-US',
    ...extra,
  };
}

export function personalMessage(serviceUrl: string, text: string, conversationId = PERSONAL_CONVERSATION): Json {
  return base(serviceUrl, { id: conversationId, conversationType: 'personal' }, { type: 'message', text });
}

/** A channel post that @mentions the bot, in the thread started by `threadRootId`. */
export function channelMention(serviceUrl: string, question: string, threadRootId = '1700000000000'): Json {
  const mention = `<at>${BOT.name}</at>`;
  return base(
    serviceUrl,
    { id: `${CHANNEL_CONVERSATION};messageid=${threadRootId}`, conversationType: 'channel', isGroup: true },
    {
      type: 'message',
      text: `${mention} ${question}`,
      entities: [{ type: 'mention', text: mention, mentioned: BOT }],
      channelData: {
        tenant: TENANT,
        team: { id: '19:team@thread.tacv2', name: 'ITU-T Study Group 3' },
        channel: { id: CHANNEL_CONVERSATION, name: 'Delegates' },
      },
    },
  );
}

export function botAddedToChannel(serviceUrl: string): Json {
  return base(
    serviceUrl,
    { id: CHANNEL_CONVERSATION, conversationType: 'channel', isGroup: true },
    {
      type: 'conversationUpdate',
      membersAdded: [BOT],
      channelData: {
        tenant: TENANT,
        eventType: 'teamMemberAdded',
        team: { id: '19:team@thread.tacv2', name: 'ITU-T Study Group 3' },
        channel: { id: CHANNEL_CONVERSATION },
      },
    },
  );
}

export function botRemovedFromChannel(serviceUrl: string): Json {
  return base(
    serviceUrl,
    { id: CHANNEL_CONVERSATION, conversationType: 'channel', isGroup: true },
    {
      type: 'conversationUpdate',
      membersRemoved: [BOT],
      channelData: {
        tenant: TENANT,
        eventType: 'teamMemberRemoved',
        team: { id: '19:team@thread.tacv2', name: 'ITU-T Study Group 3' },
      },
    },
  );
}

/** 👍/👎 from Teams' feedback buttons on the bot message `replyToId`. */
export function feedbackInvoke(serviceUrl: string, replyToId: string, reaction: 'like' | 'dislike', comment: string): Json {
  return base(
    serviceUrl,
    { id: PERSONAL_CONVERSATION, conversationType: 'personal' },
    {
      type: 'invoke',
      name: 'message/submitAction',
      replyToId,
      value: { actionName: 'feedback', actionValue: { reaction, feedback: JSON.stringify({ feedbackText: comment }) } },
    },
  );
}

/** Teams' notice that the app was uninstalled from a chat. */
export function appUninstalledFromChat(serviceUrl: string, conversationId = PERSONAL_CONVERSATION): Json {
  return base(serviceUrl, { id: conversationId, conversationType: 'personal' }, { type: 'installationUpdate', action: 'remove' });
}
