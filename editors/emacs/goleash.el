;;; goleash.el --- goleash in Emacs via eglot (Emacs 28 + elpa-eglot, or Emacs 29+)  -*- lexical-binding: t -*-
;; Load from your init file: (load "/path/to/goleash.el")
;; Needs go-mode (Debian: elpa-go-mode) and eglot (Debian: elpa-eglot; built into Emacs 29+).

(require 'eglot)

(defvar goleash-command '("goleash" "serve")
  "Command that starts the goleash language server, e.g. (\"/path/.venv/bin/goleash\" \"serve\").")

(defun goleash-eglot-contact (&optional _interactive)
  "The eglot contact for goleash (read when the server starts, so `goleash-command' may change)."
  goleash-command)

(add-to-list 'eglot-server-programs '(go-mode . goleash-eglot-contact))
(add-hook 'go-mode-hook #'eglot-ensure)

;; Settings are sent as initializationOptions, for example:
;; (setq-default eglot-workspace-configuration '(:goleash (:ignore ["GL104"])))
