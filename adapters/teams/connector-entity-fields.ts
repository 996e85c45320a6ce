import * as connectorMappers from 'botframework-connector/lib/connectorApi/models/mappers.js';

/**
 * botframework-connector 4.23.x serialises outgoing entities through a mapper that knows only
 * `type`, `text` and `mentioned`, so every other field — Teams' `citation`, `@type`,
 * `additionalType` — is dropped on the wire and citations vanish. Fixed upstream in
 * botbuilder-js PR #4903 (not released yet); until then the Entity mapper is told to pass
 * unknown fields through. The mapper object is shared by every connector client, so this runs
 * once at start-up, before the first reply.
 */
export function allowEntityFields(): void {
  const entity = connectorMappers.Entity.type;
  if (entity.additionalProperties === undefined) {
    entity.additionalProperties = { type: { name: 'Object' } };
  }
}
