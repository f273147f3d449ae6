// ReDoc on the service's own description; every asset comes from the service (no CDN).
window.addEventListener('load', function () {
  Redoc.init('/openapi.yaml', {}, document.getElementById('redoc'));
});
