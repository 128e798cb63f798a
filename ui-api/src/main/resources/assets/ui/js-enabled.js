// GOV.UK Frontend's "JavaScript is on" marker, as a file: the pages' Content-Security-Policy allows no inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
