// CareCoord's configuration of this Camunda webapp (replaces the webjar's commented-out default).
export default {
  app: {name: 'Tasklist', vendor: 'CareCoord'},
  // ES modules, resolved relative to app/tasklist/ (an old-style customScripts object with ngDeps breaks login)
  customScripts: ['../carecoord/brand.js', 'custom/carecoord-case.js'],
  disableWelcomeMessage: true
};
