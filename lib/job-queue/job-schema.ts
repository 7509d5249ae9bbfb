/**
 * The PostgreSQL schema pg-boss keeps its tables in (decision 0017). Created by a Prisma migration
 * (scripts/pg-boss-migration.ts), apart from the store's own tables in "public".
 */
export const JOB_SCHEMA = "pgboss";
