// CareCoord's name on every webapp page: the browser tab's title (the webapps set "Camunda <App> | <page>").
const rename = () => {
  if (document.title.includes('Camunda')) {
    document.title = document.title.replace(/Camunda( Platform)?/g, 'CareCoord');
  }
};
rename();
const title = document.querySelector('title');
if (title) {
  new MutationObserver(rename).observe(title, {childList: true, characterData: true, subtree: true});
}

export default [];
