;;; goleash.el --- goleash beside gopls in Emacs: a flymake backend and a quick-fix command  -*- lexical-binding: t -*-

;; Load from your init file, after your usual Go setup (go-mode, and eglot with gopls if you use it):
;;
;;   (add-hook 'go-mode-hook #'eglot-ensure)              ; gopls, as before (optional)
;;   (load "/path/to/goleash/editors/emacs/goleash.el")   ; goleash beside it
;;
;; eglot runs one language server per buffer, so goleash does not take gopls's place: it is a flymake
;; backend of its own, fed by `goleash check' on the buffer's text (saved or not).  Its diagnostics show
;; next to eglot's; M-x goleash-fix applies goleash's preferred quick fix for the finding on the current
;; line (with C-u, pick one).  Needs Emacs 28+ (native JSON), go-mode and a `goleash' executable.

(require 'flymake)
(require 'json)
(require 'subr-x)
(require 'seq)

(defgroup goleash nil "Go concurrency bugs, found while you type." :group 'tools)

(defcustom goleash-program "goleash"
  "The goleash executable, e.g. \"/path/.venv/bin/goleash\"."
  :type 'string)

(defcustom goleash-check-arguments nil
  "Extra arguments of `goleash check', e.g. (\"--ignore\" \"GL104\")."
  :type '(repeat string))

(defcustom goleash-defer-to-gopls 'auto
  "Leave out what gopls (go vet) already reports, keeping goleash's fixes for it.
`auto': when eglot manages the buffer (it runs gopls there)."
  :type '(choice (const auto) (const t) (const nil)))

(defvar-local goleash--flymake-proc nil)

(defun goleash--defer-p ()
  (if (eq goleash-defer-to-gopls 'auto)
      (and (fboundp 'eglot-current-server) (eglot-current-server) t)
    goleash-defer-to-gopls))

(defun goleash--program ()
  (if (file-name-absolute-p goleash-program) (expand-file-name goleash-program) goleash-program))

(defun goleash--command ()
  (append (list (goleash--program) "check" "--format" "json" "--stdin-filename"
                (or (buffer-file-name) (expand-file-name "stdin.go")))
          (and (goleash--defer-p) '("--defer-to-gopls"))
          goleash-check-arguments
          '("-")))

(defun goleash--position (line column)
  "Buffer position of LINE and byte COLUMN (both 1-based, as `goleash check' prints them)."
  (save-excursion
    (goto-char (point-min))
    (forward-line (1- line))
    (or (byte-to-position (+ (position-bytes (point)) (1- column))) (line-end-position))))

(defun goleash--records (output)
  (condition-case nil
      (json-parse-string output :object-type 'alist :array-type 'list :false-object nil)
    (error nil)))

(defun goleash--diagnostics (source records)
  (with-current-buffer source
    (save-restriction
      (widen)
      (let (diags)
        (dolist (r records (nreverse diags))
          (unless (alist-get 'deferred r)
            (let* ((beg (goleash--position (alist-get 'line r) (alist-get 'column r)))
                   (end (goleash--position (alist-get 'end_line r) (alist-get 'end_column r)))
                   (type (pcase (alist-get 'severity r)
                           ("error" :error) ("warning" :warning) (_ :note))))
              (when (<= end beg) (setq end (min (point-max) (1+ beg))))
              (push (flymake-make-diagnostic
                     source beg end type
                     (format "%s: %s" (alist-get 'code r) (alist-get 'message r)))
                    diags))))))))

(defun goleash-flymake (report-fn &rest _args)
  "Flymake backend: run `goleash check' on the buffer's text and report its findings."
  (unless (executable-find (goleash--program))
    (error "goleash: %s not found (set `goleash-program')" goleash-program))
  (when (process-live-p goleash--flymake-proc)
    (kill-process goleash--flymake-proc))
  (let ((source (current-buffer))
        (coding-system-for-write 'utf-8-unix)
        (coding-system-for-read 'utf-8-unix))
    (save-restriction
      (widen)
      (setq goleash--flymake-proc
            (make-process
             :name "goleash-flymake" :noquery t :connection-type 'pipe
             :buffer (generate-new-buffer " *goleash-flymake*")
             :stderr (get-buffer-create " *goleash-flymake-stderr*")
             :command (goleash--command)
             :sentinel
             (lambda (proc _event)
               (when (memq (process-status proc) '(exit signal))
                 (unwind-protect
                     (cond
                      ((not (buffer-live-p source)))
                      ((not (eq proc (buffer-local-value 'goleash--flymake-proc source)))
                       (flymake-log :debug "goleash: obsolete check %s" proc))
                      ((memq (process-exit-status proc) '(0 1))
                       (funcall report-fn (goleash--diagnostics
                                           source (goleash--records
                                                   (with-current-buffer (process-buffer proc) (buffer-string))))))
                      (t (funcall report-fn :panic
                                  :explanation (format "goleash check exited with %s"
                                                       (process-exit-status proc)))))
                   (kill-buffer (process-buffer proc)))))))
      (process-send-region goleash--flymake-proc (point-min) (point-max))
      (process-send-eof goleash--flymake-proc))))

(defun goleash-flymake-setup ()
  "Add goleash to flymake in this buffer (beside eglot's backend, which eglot sets up alone)."
  ;; goleash first, then the buffer's other backends (global ones included: the `t' entry), without the
  ;; legacy proc backend, which has nothing for Go and only warns
  (setq-local flymake-diagnostic-functions
              (cons #'goleash-flymake
                    (delete-dups
                     (seq-remove (lambda (f) (memq f '(t goleash-flymake flymake-proc-legacy-flymake)))
                                 (append flymake-diagnostic-functions
                                         (default-value 'flymake-diagnostic-functions))))))
  (flymake-mode 1))

(defun goleash--fixes-here ()
  "The quick fixes of goleash's findings on the current line, preferred first: ((title . edits) ...)."
  (let* ((line (line-number-at-pos))
         (out (with-output-to-string
                (let ((coding-system-for-write 'utf-8-unix) (coding-system-for-read 'utf-8-unix))
                  (save-restriction
                    (widen)
                    (apply #'call-process-region (point-min) (point-max) (car (goleash--command))
                           nil standard-output nil (cdr (goleash--command)))))))
         fixes)
    (dolist (r (goleash--records out))
      (when (<= (alist-get 'line r) line (alist-get 'end_line r))
        (dolist (x (alist-get 'fixes r))
          (push (list (alist-get 'preferred x)
                      (format "%s (%s)" (alist-get 'title x) (alist-get 'code r))
                      (alist-get 'edits x))
                fixes))))
    (mapcar #'cdr (sort (nreverse fixes) (lambda (a b) (and (car a) (not (car b))))))))

(defun goleash--apply-edits (edits)
  "Apply goleash's EDITS (byte offsets into the text that was checked), last first."
  (save-excursion
    (save-restriction
      (widen)
      (let ((spans (mapcar (lambda (e)
                             (list (byte-to-position (1+ (alist-get 'start e)))
                                   (byte-to-position (1+ (alist-get 'end e)))
                                   (alist-get 'new_text e)))
                           edits)))
        (dolist (s (sort spans (lambda (a b) (> (car a) (car b)))))
          (goto-char (nth 0 s))
          (delete-region (nth 0 s) (nth 1 s))
          (insert (nth 2 s)))))))

(defun goleash-fix (&optional choose)
  "Apply goleash's preferred quick fix for a finding on the current line.  With CHOOSE (C-u), pick one."
  (interactive "P")
  (let ((fixes (goleash--fixes-here)))
    (if (null fixes)
        (message "goleash: no quick fix on this line")
      (let* ((pick (if (and choose (cdr fixes))
                       (assoc (completing-read "goleash fix: " (mapcar #'car fixes) nil t nil nil (caar fixes))
                              fixes)
                     (car fixes))))
        (goleash--apply-edits (cadr pick))
        (message "goleash: %s" (car pick))
        (when (bound-and-true-p flymake-mode) (flymake-start))))))

(add-hook 'go-mode-hook #'goleash-flymake-setup)
;; eglot replaces the buffer's flymake backends by its own when it starts managing the buffer: add ours back
(add-hook 'eglot-managed-mode-hook
          (lambda () (when (derived-mode-p 'go-mode) (goleash-flymake-setup))))

(provide 'goleash)
;;; goleash.el ends here
