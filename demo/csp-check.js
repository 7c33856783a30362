// Counts Content-Security-Policy violations on the page and shows the count.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
  const status = document.getElementById('csp-status');
  if (status) status.textContent = 'Brudd på CSP: ' + window.cspViolations.length + ' (' + e.violatedDirective + ')';
});
