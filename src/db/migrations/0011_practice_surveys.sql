CREATE TABLE "practice_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"status" text DEFAULT 'sent' NOT NULL,
	"questions" jsonb NOT NULL,
	"answers" jsonb,
	"sent_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by" uuid
);
--> statement-breakpoint
ALTER TABLE "practice_surveys" ADD CONSTRAINT "practice_surveys_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_surveys" ADD CONSTRAINT "practice_surveys_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_surveys" ADD CONSTRAINT "practice_surveys_answered_by_people_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "practice_surveys_cycle_idx" ON "practice_surveys" USING btree ("cycle_id");--> statement-breakpoint
CREATE INDEX "practice_surveys_school_idx" ON "practice_surveys" USING btree ("school_id");