// Swagger UI on the service's own description; every asset comes from the service (no CDN).
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({url: '/openapi.yaml', dom_id: '#ui', validatorUrl: null});
});
