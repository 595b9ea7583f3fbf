// CareCoord's configuration of this Camunda webapp (replaces the webjar's commented-out default).
export default {
  app: {name: 'Administration', vendor: 'CareCoord'},
  disableWelcomeMessage: true
};
