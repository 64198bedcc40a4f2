import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { letterOrganizers, letters, outbox, signatures } from '../db/schema.js';
import { MAIL_GOAL } from '../organizers/mail-kinds.js';
import { outboxRowSql } from '../outbox/messages.js';
import { publicCondition } from '../signatures/visibility.js';

/**
 * Marks the letter's goal reached when its public count (of the goal's kind, if it has one) first
 * comes to the goal, and mails its owners and editors, once: one statement, so two instances
 * renewing the letter at once mail them once. True when it did (the outbox has mail to send).
 */
export async function markGoalReached(db: Db, slug: string, now: Date): Promise<boolean> {
  const result = await db.execute<{ id: string }>(sql`
    with reached as (
      update ${letters} set goal_reached_at = ${now}
      where ${letters.slug} = ${slug} and ${letters.goal} is not null and ${letters.goalReachedAt} is null
        and (select count(*) from ${signatures}
             where ${signatures.letterId} = ${letters.id} and ${publicCondition()}
               and (${letters.goalKind} is null or ${signatures.kind} = ${letters.goalKind})) >= ${letters.goal}
      returning ${letters.id} as id
    ),
    mailed as (
      insert into ${outbox} (kind, payload, next_attempt_at)
      select ${outboxRowSql(MAIL_GOAL, { organizerId: sql`o.organizer_id::text`, letterId: sql`reached.id::text` })}, ${now}::timestamptz
      from reached join ${letterOrganizers} o on o.letter_id = reached.id
      where o.role in ('owner', 'editor')
      returning 1
    )
    select id from reached`);
  return result.rows.length > 0;
}
