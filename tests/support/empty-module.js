// Stands in for `server-only` under Jest, which has no React Server Components build step.
module.exports = {};
