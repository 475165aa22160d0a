// Quick exit: leave for a neutral site without adding a history entry, by click or the Escape key.
// Without JavaScript the button is a plain link to the same site.
(function () {
  'use strict';
  var link = document.getElementById('quick-exit');
  if (!link) {
    return;
  }
  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.title = '';
    document.body.innerHTML = '';
    window.location.replace(link.href);
  }
  link.addEventListener('click', leave);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' || event.key === 'Esc') {
      leave(event);
    }
  });
})();
