CREATE TABLE "tim_kinerja_subjects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tim_kinerja_subjects_member_subject_key" UNIQUE("member_id","subject_id"),
	CONSTRAINT "tim_kinerja_subjects_not_self" CHECK ("tim_kinerja_subjects"."member_id" <> "tim_kinerja_subjects"."subject_id")
);
--> statement-breakpoint
ALTER TABLE "tim_kinerja_subjects" ADD CONSTRAINT "tim_kinerja_subjects_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tim_kinerja_subjects" ADD CONSTRAINT "tim_kinerja_subjects_member_id_people_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tim_kinerja_subjects" ADD CONSTRAINT "tim_kinerja_subjects_subject_id_people_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tim_kinerja_subjects_subject_idx" ON "tim_kinerja_subjects" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "tim_kinerja_subjects_district_member_idx" ON "tim_kinerja_subjects" USING btree ("district_id","member_id");