;;; emacs_e2e.el --- Emacs 28 + eglot batch end-to-end check of goleash  -*- lexical-binding: t -*-
;; Env: GOLEASH_EMACS_CONFIG (editors/emacs/goleash.el, the config users load), GOLEASH_CMD (JSON list), GO_FILE.
;; Exit 0 = pass. Always run under a timeout.

(require 'package)
;; -Q skips Debian's site-start, which puts the elpa-* packages on load-path
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'go-mode)
(require 'flymake)
(require 'json)
(load (getenv "GOLEASH_EMACS_CONFIG"))

(defvar e2e-t0 (float-time))
(defun e2e-ms () (round (* 1000 (- (float-time) e2e-t0))))
(defun e2e-out (fmt &rest args) (princ (concat (apply #'format fmt args) "\n")))

(defun e2e-run-idle-timers ()
  "Idle timers never fire in --batch; eglot sends didChange and flymake reports from them."
  (dolist (timer (copy-sequence timer-idle-list))
    (timer-event-handler timer)))

(defun e2e-wait (pred what)
  (let ((deadline (+ (float-time) 20)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05)
      (e2e-run-idle-timers))
    (or (funcall pred) (error "timeout waiting for %s" what))))

(defun e2e-codes ()
  (mapcar (lambda (d) (let ((text (flymake-diagnostic-text d)))
                        (and (string-match "GL[0-9]+" text) (match-string 0 text))))
          (flymake-diagnostics)))

(defun e2e-main ()
  (setq goleash-command (append (json-read-from-string (getenv "GOLEASH_CMD")) nil)
        make-backup-files nil auto-save-default nil create-lockfiles nil
        eglot-sync-connect t eglot-send-changes-idle-time 0.1)
  (find-file (getenv "GO_FILE"))
  (unless (eq major-mode 'go-mode) (error "major mode is %s" major-mode))
  ;; eglot-ensure waits for post-command-hook, which never runs in --batch: connect directly
  (unless (eglot-current-server) (apply #'eglot (eglot--guess-contact)))
  (unless (eglot-current-server) (error "eglot did not connect"))
  (e2e-out "connected after ms: %d" (e2e-ms))
  (e2e-wait (lambda () (and (member "GL101" (e2e-codes)) (member "GL202" (e2e-codes)))) "GL101 and GL202")
  (dolist (d (flymake-diagnostics))
    (e2e-out "DIAG %d: %s" (line-number-at-pos (flymake-diagnostic-beg d)) (flymake-diagnostic-text d)))
  (let ((d (seq-find (lambda (d) (string-match-p "GL101" (flymake-diagnostic-text d))) (flymake-diagnostics))))
    (goto-char (flymake-diagnostic-beg d))
    ;; M-x eglot-code-actions, then RET at "Pick an action (default <preferred fix>)"
    (let ((last-nonmenu-event 13))
      (cl-letf (((symbol-function 'completing-read)
                 (lambda (prompt _coll &optional _pred _req _init _hist def &rest _)
                   (e2e-out "PROMPT %s" prompt)
                   def)))
        (eglot-code-actions (line-beginning-position) (line-end-position) "quickfix" t))))
  (goto-char (point-min))
  (unless (search-forward "make(chan int, 1)" nil t) (error "quick fix not applied"))
  (e2e-out "quickfix applied after ms: %d" (e2e-ms))
  (e2e-wait (lambda () (and (not (member "GL101" (e2e-codes))) (member "GL202" (e2e-codes)))) "GL101 to clear")
  (e2e-out "GL101 cleared after ms: %d" (e2e-ms))
  (save-buffer)
  (e2e-out "WROTE %s" (buffer-file-name))
  (eglot-shutdown (eglot-current-server)))

(condition-case err
    (progn (e2e-main) (e2e-out "PASS") (kill-emacs 0))
  (error (message "FAIL: %S" err) (kill-emacs 1)))
