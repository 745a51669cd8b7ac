/* What SQLite alone needs for W3: the rows of actuals.csv written into a
 * synced countdown store exactly as `countdown import` writes them (the same
 * multi-row INSERT, 256 rows a statement, texts bound straight from the file's
 * bytes, WAL, foreign keys on), with no checks, no workspace and no Swift: the
 * floor for import in this schema, where `sqlite3 .import` into a bare table
 * is the floor for any import.
 * Build: cc -O2 -o store_insert_floor store_insert_floor.c -lsqlite3
 * Usage: store_insert_floor STORE.sqlite actuals.csv 256 "PRAGMA temp_store=MEMORY"
 * (copy a store just synced by countdown; the file must be the benchmark's
 * simple CSV: no quotes, five columns). Prints the time for the rows and the commit. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec/1e9;}
typedef struct { const char *p; int n; } S;
typedef struct { S plan, measure, date, source, note; double value; char origin[40]; int on; } Row;
static sqlite3_stmt *prep(sqlite3 *db, int rows){
  static char sql[1<<20]; int off=sprintf(sql,"INSERT INTO actual (planID, measureID, date, value, source, note, recordedAt, recordedBy, origin, supersedes) VALUES ");
  for(int i=0;i<rows;i++) off+=sprintf(sql+off,"%s(?,?,?,?,?,?,?,?,?,?)",i?",":"");
  sqlite3_stmt*st; if(sqlite3_prepare_v2(db,sql,-1,&st,0)){printf("%s\n",sqlite3_errmsg(db));exit(1);} return st;
}
static void run(sqlite3*db, sqlite3_stmt*st, Row*rows, int k){
  for(int i=0;i<k;i++){ Row*r=&rows[i]; int b=i*10;
    sqlite3_bind_text(st,b+1,r->plan.p,r->plan.n,SQLITE_STATIC);
    sqlite3_bind_text(st,b+2,r->measure.p,r->measure.n,SQLITE_STATIC);
    sqlite3_bind_text(st,b+3,r->date.p,r->date.n,SQLITE_STATIC);
    sqlite3_bind_double(st,b+4,r->value);
    if(r->source.n) sqlite3_bind_text(st,b+5,r->source.p,r->source.n,SQLITE_STATIC); else sqlite3_bind_null(st,b+5);
    if(r->note.n) sqlite3_bind_text(st,b+6,r->note.p,r->note.n,SQLITE_STATIC); else sqlite3_bind_null(st,b+6);
    sqlite3_bind_text(st,b+7,"2026-11-23T13:00:00Z",-1,SQLITE_STATIC);
    sqlite3_bind_text(st,b+8,"root",-1,SQLITE_STATIC);
    sqlite3_bind_text(st,b+9,r->origin,r->on,SQLITE_STATIC);
    sqlite3_bind_null(st,b+10);
  }
  if(sqlite3_step(st)!=SQLITE_DONE){printf("%s\n",sqlite3_errmsg(db));exit(1);} sqlite3_reset(st);
}
int main(int argc,char**argv){
  sqlite3*db; sqlite3_open(argv[1],&db); int batch=atoi(argv[3]);
  sqlite3_exec(db,"PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;",0,0,0);
  if(argc>4) sqlite3_exec(db,argv[4],0,0,0);
  FILE*f=fopen(argv[2],"rb"); fseek(f,0,SEEK_END); long sz=ftell(f); fseek(f,0,SEEK_SET);
  char*buf=malloc(sz); if(fread(buf,1,sz,f)!=(size_t)sz) return 1; fclose(f);
  sqlite3_stmt*st=prep(db,batch); Row*rows=calloc(batch,sizeof(Row));
  double t0=now(); long n=0;
  sqlite3_exec(db,"BEGIN IMMEDIATE",0,0,0);
  char *p=memchr(buf,'\n',sz)+1, *end=buf+sz; int line=2; int k=0;
  while(p<end){
    char*nl=memchr(p,'\n',end-p); if(!nl) nl=end;
    S fld[5]; char*q=p; for(int i=0;i<5;i++){ char*c=i<4?memchr(q,',',nl-q):nl; fld[i].p=q; fld[i].n=c-q; q=c+1; }
    char*slash=memchr(fld[0].p,'/',fld[0].n); Row*r=&rows[k];
    r->plan=(S){fld[0].p,slash-fld[0].p}; r->measure=(S){slash+1,fld[0].p+fld[0].n-slash-1};
    r->date=fld[1]; r->value=atof(fld[2].p); r->source=fld[3]; r->note=fld[4];
    r->on=sprintf(r->origin,"import actuals.csv:%d",line);
    k++; line++; n++;
    if(k==batch){ run(db,st,rows,k); k=0; }
    p=nl+1;
  }
  if(k){ sqlite3_stmt*rest=prep(db,k); run(db,rest,rows,k); sqlite3_finalize(rest); }
  double t1=now();
  sqlite3_exec(db,"COMMIT",0,0,0);
  double t2=now();
  sqlite3_finalize(st); sqlite3_close(db);
  printf("batch %d: %ld rows in %.3f s, commit %.3f s, close %.3f s\n",batch,n,t1-t0,t2-t1,now()-t2);
  return 0;
}
