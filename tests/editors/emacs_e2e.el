;;; emacs_e2e.el --- Emacs 28 batch: eglot + gopls kept, goleash beside it (editors/emacs/goleash.el)  -*- lexical-binding: t -*-
;; Env: GOLEASH_EMACS_CONFIG (editors/emacs/goleash.el, the file users load), GOLEASH_PROGRAM (the goleash
;; executable), GO_FILE (tests/editors/sample_gopls/main.go copied into a module).
;; Checks: gopls's go-to-definition works; goleash's GL101 and gopls's loopclosure show, GL501 (the same bug
;; as loopclosure) is not shown twice; goleash-fix applies goleash's fixes (also the one for gopls's
;; finding) and both findings clear.  Exit 0 = pass.  Always run under a timeout.

(require 'package)
;; -Q skips Debian's site-start, which puts the elpa-* packages on load-path
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'go-mode)
(require 'eglot)
(require 'flymake)
(require 'xref)

;; the user's usual Go setup: eglot with gopls (eglot's default server for go-mode) ...
(add-hook 'go-mode-hook #'eglot-ensure)
;; ... and goleash beside it
(load (getenv "GOLEASH_EMACS_CONFIG"))
(setq goleash-program (getenv "GOLEASH_PROGRAM"))

(defvar e2e-t0 (float-time))
(defun e2e-ms () (round (* 1000 (- (float-time) e2e-t0))))
(defun e2e-out (fmt &rest args) (princ (concat (apply #'format fmt args) "\n")))

(defun e2e-run-idle-timers ()
  "Idle timers never fire in --batch; eglot sends didChange and flymake reports from them."
  (dolist (timer (copy-sequence timer-idle-list))
    (timer-event-handler timer)))

(defun e2e-wait (pred what)
  (let ((deadline (+ (float-time) 30)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05)
      (e2e-run-idle-timers))
    (or (funcall pred) (error "timeout waiting for %s; diagnostics: %S" what (e2e-texts)))))

(defun e2e-texts () (mapcar #'flymake-diagnostic-text (flymake-diagnostics)))
(defun e2e-has (re) (seq-find (lambda (d) (string-match-p re (flymake-diagnostic-text d))) (flymake-diagnostics)))
(defun e2e-goto (text)
  (goto-char (point-min))
  (unless (search-forward text nil t) (error "%s not in the buffer" text))
  (goto-char (match-beginning 0)))

(defun e2e-main ()
  (setq make-backup-files nil auto-save-default nil create-lockfiles nil
        eglot-sync-connect t eglot-send-changes-idle-time 0.1 flymake-no-changes-timeout 0.1)
  (find-file (getenv "GO_FILE"))
  (unless (eq major-mode 'go-mode) (error "major mode is %s" major-mode))
  ;; eglot-ensure waits for post-command-hook, which never runs in --batch: connect directly
  (unless (eglot-current-server) (apply #'eglot (eglot--guess-contact)))
  (let ((server (eglot-current-server)))
    (unless server (error "eglot did not connect"))
    (e2e-out "eglot server: %s after ms: %d" (plist-get (eglot--server-info server) :name) (e2e-ms)))
  (unless (memq #'goleash-flymake flymake-diagnostic-functions)
    (error "goleash's flymake backend is gone: %S" flymake-diagnostic-functions))
  (e2e-out "flymake backends: %S" flymake-diagnostic-functions)

  ;; 1. both servers' findings show; the bug both know is shown once (gopls's loopclosure, not GL501)
  (e2e-wait (lambda () (and (e2e-has "GL101") (e2e-has "loop variable it captured"))) "GL101 and loopclosure")
  (dolist (d (flymake-diagnostics))
    (e2e-out "DIAG %d: %s" (line-number-at-pos (flymake-diagnostic-beg d)) (flymake-diagnostic-text d)))
  (when (e2e-has "GL501") (error "GL501 shown beside gopls's loopclosure"))
  (e2e-out "no duplicate: loopclosure once, GL501 deferred to gopls")

  ;; 2. gopls still answers go-to-definition
  (e2e-goto "fetch()\n\tprintAll")
  (let ((before (line-number-at-pos)))
    (call-interactively #'xref-find-definitions)
    (e2e-out "DEFINITION of fetch: line %d -> line %d: %s" before (line-number-at-pos)
             (buffer-substring (line-beginning-position) (line-end-position)))
    (unless (looking-at "fetch() (int, error)") (error "definition did not jump to func fetch")))

  ;; 3. goleash-fix on the GL101 line, then on gopls's loopclosure line (goleash's fix for it)
  (e2e-goto "ch <- 42")
  (beginning-of-line)                               ; from the line's indentation
  (call-interactively #'goleash-fix)
  (e2e-goto "make(chan int")
  (unless (looking-at "make(chan int, 1)") (error "GL101 fix not applied"))
  (e2e-out "GL101 fix applied after ms: %d" (e2e-ms))
  (e2e-goto "fmt.Println(it)")
  (call-interactively #'goleash-fix)
  (e2e-goto "for _, it := range items")
  (e2e-out "loop fix applied: %S" (buffer-substring (point) (progn (forward-line 5) (point))))
  (e2e-wait (lambda () (and (not (e2e-has "GL101")) (not (e2e-has "loop variable")))) "both findings to clear")
  (e2e-out "GL101 and loopclosure cleared after ms: %d" (e2e-ms))
  (save-buffer)
  (e2e-out "WROTE %s" (buffer-file-name))
  (eglot-shutdown (eglot-current-server)))

(condition-case err
    (progn (e2e-main) (e2e-out "PASS") (kill-emacs 0))
  (error (message "FAIL: %S" err) (kill-emacs 1)))
