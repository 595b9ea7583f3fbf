// CareCoord's configuration of this Camunda webapp (replaces the webjar's commented-out default).
export default {
  app: {name: 'Welcome', vendor: 'CareCoord'},
  disableWelcomeMessage: true
};
