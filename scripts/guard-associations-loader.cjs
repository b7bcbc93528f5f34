/**
 * webpack loader (post, on the compiled functions module): wraps each `CustomFunctions.associate(…)`
 * statement that custom-functions-metadata-plugin appended so that it runs only when office.js
 * defined `CustomFunctions`. Without office.js (a blocked CDN, a browser) the page then throws no
 * "CustomFunctions is not defined"; boot.js has already told the user what is wrong. Fails the build
 * when it finds no call to wrap, so a change in the plugin's output cannot pass silently.
 */
module.exports = function guardAssociations(source) {
  let count = 0;
  const guarded = source.replace(/^CustomFunctions\.associate\(/gm, () => {
    count++;
    return 'if (typeof CustomFunctions !== "undefined") CustomFunctions.associate(';
  });
  if (count === 0) {
    this.emitError(new Error("guard-associations-loader: no CustomFunctions.associate call found"));
  }
  return guarded;
};
