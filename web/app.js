/* global window, document, fetch, sessionStorage, WebChat */
// Starts Web Chat on Signpost's own Direct Line. The token comes from Signpost (it binds this browser
// tab to one new conversation); Web Chat then talks to /v3/directline over a WebSocket. The token and
// conversation are kept for this tab only (sessionStorage), so a reload carries on the same chat and
// closing the tab forgets it. The page refreshes the token at half its life and always keeps the
// newest one, so a chat outlives any one token, and a reload works for as long as the chat is kept.
(function () {
  'use strict';

  var STORE = 'signpost.webchat';
  var ONLINE = 2;
  var FAILED = 4;
  // A token is refreshed when half its life is gone; a failed refresh is tried again soon after.
  var REFRESH_AT = 0.5;
  var RETRY_MS = 5000;
  var WATCH_MS = 2000;
  var container = document.getElementById('webchat');
  var loading = document.getElementById('chat-loading');
  var failed = document.getElementById('chat-failed');
  var locale = container.getAttribute('data-locale') || 'en-GB';
  var domain = window.location.origin + '/v3/directline';

  function fail() {
    loading.hidden = true;
    failed.hidden = false;
    try {
      sessionStorage.removeItem(STORE);
    } catch {
      // Storage may be switched off; nothing to forget then.
    }
  }

  function post(path, token) {
    var headers = token ? { Authorization: 'Bearer ' + token } : {};
    return fetch(domain + path, { method: 'POST', headers: headers }).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    });
  }

  function saved() {
    try {
      var value = JSON.parse(sessionStorage.getItem(STORE) || 'null');
      return value && value.token && value.conversationId && value.userId ? value : null;
    } catch {
      return null;
    }
  }

  function remember(session) {
    try {
      sessionStorage.setItem(STORE, JSON.stringify(session));
    } catch {
      // Without storage a reload simply starts a new chat.
    }
  }

  /** The chat of this tab if its token can still be refreshed, else a new one. */
  function session() {
    var previous = saved();
    var fresh = function () {
      return post('/tokens/generate').then(function (body) {
        return {
          token: body.token,
          conversationId: body.conversationId,
          userId: body.userId,
          expiresIn: body.expires_in,
          resume: false,
        };
      });
    };
    if (!previous) return fresh();
    return post('/tokens/refresh', previous.token).then(function (body) {
      var resumed = {
        token: body.token,
        conversationId: body.conversationId,
        userId: previous.userId,
        expiresIn: body.expires_in,
        resume: true,
      };
      // The token given was revoked by the refresh: keep its successor at once.
      remember({ token: resumed.token, conversationId: resumed.conversationId, userId: resumed.userId });
      return resumed;
    }, fresh);
  }

  /**
   * Keeps the chat's token alive. Web Chat's own refresh runs every 15 minutes whatever the token's
   * life, and two refreshes of one token cannot both succeed (a refresh revokes the token it was
   * given), so the page does it alone, and keeps whatever token Web Chat holds now (a reconnect
   * hands it a new one) for the next reload.
   */
  function keepAlive(directLine, current) {
    var kept = current.token;
    var keep = function () {
      if (directLine.token && directLine.token !== kept) {
        kept = directLine.token;
        remember({ token: kept, conversationId: current.conversationId, userId: current.userId });
      }
    };
    var refresh = function () {
      keep();
      post('/tokens/refresh', directLine.token).then(
        function (body) {
          directLine.token = body.token;
          keep();
          schedule(body.expires_in);
        },
        function () {
          window.setTimeout(refresh, RETRY_MS);
        },
      );
    };
    var schedule = function (expiresIn) {
      var seconds = Number(expiresIn) > 0 ? Number(expiresIn) : 1800;
      window.setTimeout(refresh, Math.max(1000, seconds * 1000 * REFRESH_AT));
    };
    schedule(current.expiresIn);
    window.setInterval(keep, WATCH_MS);
  }

  var styleOptions = {
    accent: '#005eb8',
    primaryFont: "Frutiger, 'Frutiger W01', Arial, 'Helvetica Neue', Helvetica, sans-serif",
    fontSizeSmall: '85%',
    backgroundColor: '#f0f4f5',
    subtle: '#4c6272',
    timestampColor: '#4c6272',
    bubbleBackground: '#ffffff',
    bubbleBorderColor: '#4c6272',
    bubbleBorderWidth: 1,
    bubbleBorderRadius: 4,
    bubbleTextColor: '#212b32',
    bubbleFromUserBackground: '#005eb8',
    bubbleFromUserBorderColor: '#005eb8',
    bubbleFromUserBorderWidth: 1,
    bubbleFromUserBorderRadius: 4,
    bubbleFromUserTextColor: '#ffffff',
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#005eb8',
    suggestedActionBorderWidth: 2,
    suggestedActionBorderRadius: 4,
    suggestedActionTextColor: '#005eb8',
    suggestedActionHeight: 44,
    sendBoxHeight: 56,
    sendBoxTextColor: '#212b32',
    sendBoxButtonColor: '#005eb8',
    sendBoxBorderTop: 'solid 2px #4c6272',
    hideUploadButton: true,
  };

  session()
    .then(function (current) {
      var directLine = WebChat.createDirectLine({
        domain: domain,
        webSocket: true,
        token: current.token,
        conversationId: current.resume ? current.conversationId : undefined,
        conversationStartProperties: { locale: locale },
      });
      // The page refreshes the token itself (see keepAlive).
      directLine.refreshTokenLoop = function () {};
      var started = false;
      directLine.connectionStatus$.subscribe(function (status) {
        if (status === ONLINE) {
          remember({
            token: directLine.token || current.token,
            conversationId: current.conversationId,
            userId: current.userId,
          });
          if (!started) {
            started = true;
            keepAlive(directLine, current);
          }
        } else if (status === FAILED) {
          fail();
        }
      });
      WebChat.renderWebChat(
        { directLine: directLine, userID: current.userId, locale: locale, styleOptions: styleOptions },
        container,
      );
      loading.hidden = true;
    })
    .catch(fail);
})();
