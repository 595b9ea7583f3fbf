// CareCoord's configuration of this Camunda webapp (replaces the webjar's commented-out default).
export default {
  app: {name: 'Administration', vendor: 'CareCoord'},
  // ES modules, resolved relative to this app's folder
  customScripts: ['../carecoord/brand.js'],
  disableWelcomeMessage: true
};
