CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notification_id" uuid NOT NULL,
	"channel" text DEFAULT 'email' NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_until" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_outbox_notification_channel_key" UNIQUE("notification_id","channel"),
	CONSTRAINT "email_outbox_status_check" CHECK ("email_outbox"."status" in ('pending', 'sending', 'digest', 'sent', 'skipped', 'failed')),
	CONSTRAINT "email_outbox_channel_check" CHECK ("email_outbox"."channel" in ('email'))
);
--> statement-breakpoint
CREATE TABLE "email_preferences" (
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"mode" text NOT NULL,
	CONSTRAINT "email_preferences_person_id_kind_pk" PRIMARY KEY("person_id","kind"),
	CONSTRAINT "email_preferences_mode_check" CHECK ("email_preferences"."mode" in ('instant', 'digest', 'none'))
);
--> statement-breakpoint
CREATE TABLE "reminder_log" (
	"cycle_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"kind" text NOT NULL,
	"days" integer NOT NULL,
	"district_id" uuid NOT NULL,
	"closes_on" date NOT NULL,
	"recipient_ids" uuid[] NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "reminder_log_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	CONSTRAINT "reminder_log_cycle_id_phase_kind_days_pk" PRIMARY KEY("cycle_id","phase","kind","days"),
	CONSTRAINT "reminder_log_kind_check" CHECK ("reminder_log"."kind" in ('reminder', 'escalation'))
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "language" text DEFAULT 'id' NOT NULL;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_preferences" ADD CONSTRAINT "email_preferences_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_log" ADD CONSTRAINT "reminder_log_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_log" ADD CONSTRAINT "reminder_log_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_outbox_due_idx" ON "email_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "reminder_log_district_idx" ON "reminder_log" USING btree ("district_id","sent_at");--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_language_check" CHECK ("people"."language" in ('id', 'en'));