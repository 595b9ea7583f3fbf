// CareCoord's configuration of this Camunda webapp (replaces the webjar's commented-out default).
export default {
  app: {name: 'Cockpit', vendor: 'CareCoord'},
  // ES modules, resolved relative to app/cockpit/ (the AngularJS/requireJS form of older docs does not load in 7.24)
  customScripts: ['../carecoord/brand.js', 'custom/carecoord-review.js', 'custom/carecoord-migration.js',
    'custom/carecoord-measures.js'],
  disableWelcomeMessage: true
};
