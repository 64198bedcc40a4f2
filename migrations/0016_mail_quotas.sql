CREATE TABLE "mail_quotas" (
	"recipient_hash" text PRIMARY KEY NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"sent" integer NOT NULL,
	"last_sign_in_at" timestamp with time zone
);
