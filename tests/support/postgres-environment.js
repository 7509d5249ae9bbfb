// Jest environment: Node, plus a private PostgreSQL database for the test file, copied from a
// template. Choose the template with a docblock: `@jest-environment-options {"template":"seeded"}`.
const { TestEnvironment } = require("jest-environment-node");
const crypto = require("node:crypto");
const pg = require("pg");

class PostgresEnvironment extends TestEnvironment {
  /**
   * @param {ConstructorParameters<typeof TestEnvironment>[0]} config
   * @param {ConstructorParameters<typeof TestEnvironment>[1]} context
   */
  constructor(config, context) {
    super(config, context);
    /** @type {keyof typeof import("./test-database.mjs").TEMPLATES} */
    this.template = config.projectConfig.testEnvironmentOptions?.template === "seeded" ? "seeded" : "empty";
  }

  async setup() {
    await super.setup();
    const { withDatabase, TEMPLATES } = await import("./test-database.mjs");
    const adminUrl = process.env.STORE_TEST_ADMIN_URL;
    if (!adminUrl) throw new Error("No test database: run the suite through jest (globalSetup starts PostgreSQL).");
    this.adminUrl = adminUrl;
    this.database = `test_${crypto.randomBytes(6).toString("hex")}`;
    await this.admin(`CREATE DATABASE "${this.database}" TEMPLATE "${TEMPLATES[this.template]}"`);
    this.global.process.env.DATABASE_URL = withDatabase(adminUrl, this.database);
    this.global.process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
  }

  async teardown() {
    if (this.database) await this.admin(`DROP DATABASE IF EXISTS "${this.database}" WITH (FORCE)`);
    await super.teardown();
  }

  /** @param {string} sql */
  async admin(sql) {
    const client = new pg.Client({ connectionString: this.adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}

module.exports = PostgresEnvironment;
